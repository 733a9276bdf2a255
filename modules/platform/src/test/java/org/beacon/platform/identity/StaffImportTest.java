package org.beacon.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.beacon.platform.csv.CsvFile;
import org.junit.jupiter.api.Test;

class StaffImportTest {

  private static final String HEADER = "username,displayName,email,roles,aliases\n";

  private static UserView person(
      String username,
      String name,
      String email,
      List<String> roles,
      List<String> aliases,
      boolean enabled) {
    return new UserView(username, name, email, roles, aliases, enabled, false, Instant.EPOCH);
  }

  private static final List<UserView> SCHOOL =
      List.of(
          person("admin", "Administrator", null, List.of("admin"), List.of(), true),
          person(
              "dsl",
              "Dana Lead",
              "dana@school.org",
              List.of("dsl"),
              List.of("SCHOOL\\dlead"),
              true),
          person("old", "Olga Old", null, List.of("staff"), List.of(), true),
          person("gone", "Gus Gone", null, List.of("staff"), List.of(), false));

  private static StaffImport.Plan plan(String csv, List<UserView> directory) {
    return StaffImport.plan(
        StaffCsv.parse(csv.getBytes(StandardCharsets.UTF_8)), directory, "admin");
  }

  @Test
  void sortsTheFileIntoAddedChangedUnchangedAndMissing() {
    StaffImport.Plan plan =
        plan(
            HEADER
                + "dsl,Dana Lead,dana@school.org,dsl,SCHOOL\\dlead\n"
                + "admin,Administrator,,admin;staff,\n"
                + "nnew,Nia New,nia@school.org,staff; dsl,SCHOOL\\nnew;nia@school.org\n",
            SCHOOL);
    assertThat(plan.added()).extracting(UserDetails::username).containsExactly("nnew");
    assertThat(plan.added().get(0).aliases()).containsExactly("SCHOOL\\nnew", "nia@school.org");
    assertThat(plan.changed())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.after().username()).isEqualTo("admin");
              assertThat(c.fields()).containsExactly("roles");
            });
    assertThat(plan.unchanged()).containsExactly("dsl");
    // Reported, never removed; someone already disabled is not reported again.
    assertThat(plan.missing()).containsExactly("old");
  }

  @Test
  void theSameFileTwiceChangesNothing() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 40; i++) {
      csv.append("t")
          .append(i)
          .append(",Teacher ")
          .append(i)
          .append(",t")
          .append(i)
          .append("@school.org,")
          .append(i == 1 ? "dsl" : "staff")
          .append(",SCHOOL\\t")
          .append(i)
          .append('\n');
    }
    StaffImport.Plan first = plan(csv.toString(), SCHOOL);
    assertThat(first.added()).hasSize(40);

    List<UserView> after = new ArrayList<>(SCHOOL);
    first
        .added()
        .forEach(
            d ->
                after.add(
                    person(
                        d.username(), d.displayName(), d.email(), d.roleIds(), d.aliases(), true)));
    StaffImport.Plan second = plan(csv.toString(), after);
    assertThat(second.added()).isEmpty();
    assertThat(second.changed()).isEmpty();
    assertThat(second.unchanged()).hasSize(40);
  }

  @Test
  void aBadRowIsReportedWithItsLineAndNothingIsPlanned() {
    assertThatThrownBy(
            () ->
                plan(
                    HEADER
                        + "ok1,Olly Ok,,staff,\n\n"
                        + "bad,Bea Bad,not-an-email,teacher,\n"
                        + "ok2,Oz Ok,,staff,\n",
                    SCHOOL))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class,
            e -> {
              assertThat(e.problems()).containsOnlyKeys("line 4");
              assertThat(e.problems().get("line 4"))
                  .contains("email")
                  .contains("roles holds teacher");
            });
  }

  @Test
  void aUsernameTwiceAndAnAliasOfSomeoneElseAreBadRows() {
    assertThatThrownBy(
            () ->
                plan(
                    HEADER
                        + "a1,Ann One,,staff,\n"
                        + "a1,Ann Again,,staff,\n"
                        + "b1,Ben One,,staff,SCHOOL\\dlead\n",
                    SCHOOL))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class,
            e -> {
              assertThat(e.problems().get("line 3")).contains("already on line 2");
              assertThat(e.problems().get("line 4")).contains("already a name of dsl");
            });
  }

  @Test
  void aFileWithoutEmailOrAliasesColumnsLeavesThemAlone() {
    StaffImport.Plan plan = plan("Username,Display name,Roles\ndsl,Dana Lead,dsl\n", SCHOOL);
    assertThat(plan.unchanged()).containsExactly("dsl");
  }

  @Test
  void aFileCannotTakeTheLastAdministratorsRole() {
    assertThatThrownBy(() -> plan(HEADER + "admin,Administrator,,staff,\n", SCHOOL))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class,
            e -> assertThat(e.problems().get("line 2")).contains("own admin role"));
  }

  @Test
  void aByteOrderMarkAndQuotedCellsAreRead() {
    StaffImport.Plan plan = plan("\uFEFF" + HEADER + "q1,\"Quinn, Q\",,\"staff;dsl\",\n", SCHOOL);
    assertThat(plan.added())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.displayName()).isEqualTo("Quinn, Q");
              assertThat(d.roleIds()).containsExactly("dsl", "staff");
            });
  }

  @Test
  void aMissingHeaderColumnOrAnUnclosedQuoteIsNamed() {
    assertThatThrownBy(
            () -> StaffCsv.parse("name,roles\nx,staff\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class,
            e -> assertThat(e.problems().get("header")).contains("username"));
    assertThatThrownBy(
            () -> StaffCsv.parse((HEADER + "a,\"Ann,,staff,\n").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class, e -> assertThat(e.problems()).containsKey("line 2"));
    assertThatThrownBy(() -> StaffCsv.parse(new byte[] {'u', ',', (byte) 0xC3, '\n'}))
        .isInstanceOfSatisfying(
            CsvFile.Unreadable.class, e -> assertThat(e.problems()).containsKey("file"));
  }

  @Test
  void rowsKeepTheirLineNumbersWithoutATrailingLineBreak() {
    List<StaffCsv.Row> rows =
        StaffCsv.parse(
            (HEADER + "a,A A,,staff,\r\n\r\nb,B B,,staff,").getBytes(StandardCharsets.UTF_8));
    assertThat(rows).extracting(StaffCsv.Row::line).containsExactly(2L, 4L);
  }
}
