package org.inclusivecities.platform.pagecache;

import java.time.Clock;

import org.inclusivecities.platform.changefeed.ChangesMissed;
import org.inclusivecities.platform.changefeed.PublicChange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Wires the {@link AnonymousPageCache}: before Spring Security and the session filter (a cached answer needs
 * neither; what it replays includes the security headers), inside the ETag filter (so 304s still work). It is
 * emptied by every {@link PublicChange} (this instance's, and the other instances' through the change feed), after
 * the read models took it in, and when changes may have been missed. Anything no event reports shows within the TTL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

	@Bean
	AnonymousPageCache anonymousPageCache(PageCacheProperties properties, LocaleResolver localeResolver, Clock clock) {
		return new AnonymousPageCache(properties, localeResolver, clock);
	}

	@Bean
	FilterRegistrationBean<AnonymousPageCache> anonymousPageCacheFilter(AnonymousPageCache cache) {
		FilterRegistrationBean<AnonymousPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setName("anonymousPageCache");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
		return registration;
	}

	@Bean
	PublicChangeListener publicChangeListener(AnonymousPageCache cache) {
		return new PublicChangeListener(cache);
	}

	static final class PublicChangeListener {

		private final AnonymousPageCache cache;

		PublicChangeListener(AnonymousPageCache cache) {
			this.cache = cache;
		}

		@EventListener
		@Order(PublicChange.PAGES)
		void changed(PublicChange change) {
			cache.invalidate();
		}

		@EventListener(ChangesMissed.class)
		@Order(PublicChange.PAGES)
		void missed() {
			cache.invalidate();
		}

	}

}
