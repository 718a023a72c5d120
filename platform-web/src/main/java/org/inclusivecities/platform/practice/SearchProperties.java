package org.inclusivecities.platform.practice;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search of the library.
 *
 * @param engine which {@link PracticeSearch} implementation to use; {@code lucene} (embedded) is built in
 * @param indexDir folder of the Lucene index, resolved against {@code platform.data-dir}; unset keeps the index
 * in memory (rebuilt from MongoDB at every start)
 */
@ConfigurationProperties("platform.web.search")
public record SearchProperties(@DefaultValue("lucene") String engine, Path indexDir) {
}
