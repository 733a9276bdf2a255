package org.beacon.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartBodyTest {

  private static final String BODY =
      "preamble\r\n--XyZ\r\n"
          + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
          + "Review\r\n"
          + "--XyZ\r\n"
          + "Content-Disposition: form-data; name=\"data\"; filename=\"Review.bpmn\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n"
          + "<xml/>\r\n--not the boundary\r\n"
          + "\r\n--XyZ--\r\n";

  @Test
  void thePartsAreReadWithTheirNamesFileNamesAndBytes() throws Exception {
    MultipartBody body =
        MultipartBody.read(
            "multipart/form-data; boundary=XyZ", BODY.getBytes(StandardCharsets.UTF_8));

    assertThat(body.parts()).hasSize(2);
    assertThat(body.parts().get(0).name()).isEqualTo("deployment-name");
    assertThat(body.parts().get(0).fileName()).isNull();
    assertThat(body.parts().get(1).fileName()).isEqualTo("Review.bpmn");
    assertThat(new String(body.parts().get(1).content(), StandardCharsets.UTF_8))
        .isEqualTo("<xml/>\r\n--not the boundary\r\n");
  }

  @Test
  void writtenAgainItReadsTheSame() throws Exception {
    MultipartBody body =
        MultipartBody.read(
            "multipart/form-data; boundary=\"XyZ\"", BODY.getBytes(StandardCharsets.UTF_8));
    String boundary = body.newBoundary();

    MultipartBody again =
        MultipartBody.read(MultipartBody.contentType(boundary), body.write(boundary));

    assertThat(again.parts()).usingRecursiveFieldByFieldElementComparator().isEqualTo(body.parts());
  }

  @Test
  void oddBodiesAreRefused() {
    assertThatThrownBy(() -> MultipartBody.read("application/json", new byte[0]))
        .isInstanceOf(MultipartBody.Malformed.class);
    assertThatThrownBy(
            () ->
                MultipartBody.read(
                    "multipart/form-data; boundary=XyZ",
                    "--XyZ\r\nno end".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MultipartBody.Malformed.class);
    String encoded =
        BODY.replace("Content-Type: application/octet-stream", "Content-Transfer-Encoding: base64");
    assertThatThrownBy(
            () ->
                MultipartBody.read(
                    "multipart/form-data; boundary=XyZ", encoded.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MultipartBody.Malformed.class);
    String twice =
        BODY.replace("filename=\"Review.bpmn\"", "filename=\"Review.bpmn\"; filename=\"x.js\"");
    assertThatThrownBy(
            () ->
                MultipartBody.read(
                    "multipart/form-data; boundary=XyZ", twice.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MultipartBody.Malformed.class);
  }
}
