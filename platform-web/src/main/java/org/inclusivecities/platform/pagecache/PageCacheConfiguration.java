package org.inclusivecities.platform.pagecache;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

import org.bson.BsonValue;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Wires the {@link AnonymousPageCache}: before Spring Security and the session filter (a cached answer needs
 * neither; what it replays includes the security headers), inside the ETag filter (so 304s still work). It is
 * emptied by every write this instance sends to MongoDB (but to {@code ignored-collections}), once when the write
 * starts and once when it is acknowledged, and by {@link PublicContentChanged} (what followers learn of other
 * instances). Anything else another instance changes shows within the TTL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

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
	PublicContentListener publicContentListener(AnonymousPageCache cache) {
		return new PublicContentListener(cache);
	}

	@Bean
	MongoClientSettingsBuilderCustomizer pageCacheWriteListener(AnonymousPageCache cache,
			PageCacheProperties properties) {
		return settings -> settings.addCommandListener(new WriteListener(cache, Set.copyOf(properties.ignoredCollections())));
	}

	static final class PublicContentListener {

		private final AnonymousPageCache cache;

		PublicContentListener(AnonymousPageCache cache) {
			this.cache = cache;
		}

		@EventListener
		void changed(PublicContentChanged event) {
			cache.invalidate();
		}

	}

	/** Empties the cache around every write of this instance to a collection that may be shown publicly. */
	static final class WriteListener implements CommandListener {

		private final AnonymousPageCache cache;

		private final Set<String> ignored;

		private final Map<Integer, Boolean> pending = new ConcurrentHashMap<>();

		WriteListener(AnonymousPageCache cache, Set<String> ignored) {
			this.cache = cache;
			this.ignored = ignored;
		}

		@Override
		public void commandStarted(CommandStartedEvent event) {
			if (!WRITES.contains(event.getCommandName())) {
				return;
			}
			BsonValue collection = event.getCommand().get(event.getCommandName());
			if (collection != null && collection.isString() && ignored.contains(collection.asString().getValue())) {
				return;
			}
			pending.put(event.getRequestId(), Boolean.TRUE);
			cache.invalidate();
		}

		@Override
		public void commandSucceeded(CommandSucceededEvent event) {
			done(event.getRequestId());
		}

		@Override
		public void commandFailed(CommandFailedEvent event) {
			done(event.getRequestId());
		}

		private void done(int id) {
			if (pending.remove(id) != null) {
				cache.invalidate();
			}
		}

	}

}
