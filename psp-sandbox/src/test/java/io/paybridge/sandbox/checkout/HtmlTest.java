package io.paybridge.sandbox.checkout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML escaping of text and attribute values. */
class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharactersAndKeepsEverythingElse() {
        assertThat(Html.escape("<a href=\"x\" title='y'>Å & Ö</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Å &amp; Ö&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape(1000000001L)).isEqualTo("1000000001");
    }
}
