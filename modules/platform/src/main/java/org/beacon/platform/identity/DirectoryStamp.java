package org.beacon.platform.identity;

import java.sql.PreparedStatement;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Adds one to {@code pf_directory_stamp} whenever Hibernate writes a person: the row, their roles
 * or their aliases, by whatever path (an administrator's change, an import, a password change,
 * single sign-on). The update runs on the connection of the flush, so it commits or rolls back with
 * the change; {@link SignedInPeople} compares the stamp on every request, on every node.
 *
 * <p>Bulk updates ({@code update BeaconUser ...}) bypass these events: they may only change what
 * the signed-in person is not checked on (the password hash's upgrade, alert preferences).
 */
public class DirectoryStamp
    implements Integrator,
        PostInsertEventListener,
        PostUpdateEventListener,
        PostDeleteEventListener,
        PostCollectionRecreateEventListener,
        PostCollectionUpdateEventListener,
        PostCollectionRemoveEventListener {

  private static final long serialVersionUID = 1L;

  static final String READ = "select stamp from pf_directory_stamp where id = 1";
  private static final String BUMP = "update pf_directory_stamp set stamp = stamp + 1 where id = 1";

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor sessionFactory) {
    if (metadata.getEntityBinding(BeaconUser.class.getName()) == null) {
      return;
    }
    EventListenerRegistry registry =
        sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_INSERT, this);
    registry.appendListeners(EventType.POST_UPDATE, this);
    registry.appendListeners(EventType.POST_DELETE, this);
    registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
    registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
    registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {}

  @Override
  public void onPostInsert(PostInsertEvent event) {
    changed(event.getEntity(), event.getSession());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    changed(event.getEntity(), event.getSession());
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    changed(event.getEntity(), event.getSession());
  }

  @Override
  public void onPostRecreateCollection(org.hibernate.event.spi.PostCollectionRecreateEvent event) {
    changed(event);
  }

  @Override
  public void onPostUpdateCollection(org.hibernate.event.spi.PostCollectionUpdateEvent event) {
    changed(event);
  }

  @Override
  public void onPostRemoveCollection(org.hibernate.event.spi.PostCollectionRemoveEvent event) {
    changed(event);
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private static void changed(AbstractCollectionEvent event) {
    changed(event.getAffectedOwnerOrNull(), event.getSession());
  }

  private static void changed(Object entity, EventSource session) {
    if (!(entity instanceof BeaconUser)) {
      return;
    }
    // Plain JDBC on the flush's own connection: a query through the session would flush again.
    session.doWork(
        connection -> {
          try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            bump.executeUpdate();
          }
        });
  }
}
