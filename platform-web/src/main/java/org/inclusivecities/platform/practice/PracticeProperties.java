package org.inclusivecities.platform.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The good-practice library.
 *
 * @param maxImageBytes largest image upload accepted
 * @param maxImageSide largest width or height in pixels (refused before decoding, against decompression bombs)
 */
@ConfigurationProperties("platform.web.practice")
public record PracticeProperties(@DefaultValue("2097152") long maxImageBytes, @DefaultValue("4000") int maxImageSide) {
}
