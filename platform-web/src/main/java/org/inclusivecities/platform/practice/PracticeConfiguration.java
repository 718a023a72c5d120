package org.inclusivecities.platform.practice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SearchProperties.class, PracticeProperties.class })
class PracticeConfiguration {
}
