package io.paybridge.support.logging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a Paybridge service writes its console log. */
@ConfigMapping(prefix = "paybridge.log")
public interface LogConfig {

    /** One JSON object per line (with the trace and span ids of the MDC) instead of text; off in dev and test. */
    @WithDefault("true")
    boolean json();
}
