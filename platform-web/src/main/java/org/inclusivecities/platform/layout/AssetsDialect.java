package org.inclusivecities.platform.layout;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@code #assets} in every template: Thymeleaf refuses bean references ({@code @assets}) in the attributes that write
 * links, so {@link Assets} reaches the templates as an expression object, like {@code #temporals}.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Assets assets;

	AssetsDialect(Assets assets) {
		super("assets");
		this.assets = assets;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("assets");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return assets;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
