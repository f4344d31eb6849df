package nl.kernteam.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Makes "a field without a limit" impossible to add unnoticed: every text that an API
 * body or a module's {@code *Management} method accepts carries a {@code @Size} of at
 * most 10,000 characters and {@link PlainText} or {@link ReadableName}; every date
 * carries {@link PlausibleDate}; every list a {@code @Size}; every nested type is
 * validated ({@code @Valid}).
 */
@IntegrationTest
class InputLimitsIntegrationTests {

	static final int LONGEST_TEXT = 10_000;

	@Autowired
	ApplicationContext context;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Set<String> problems = new TreeSet<>();

	private final Set<Class<?>> seen = new HashSet<>();

	@Test
	void everyTextDateAndListARequestCarriesHasALimit() {
		for (var handler : mappings.getHandlerMethods().values()) {
			for (Parameter parameter : handler.getMethod().getParameters()) {
				if (parameter.isAnnotationPresent(RequestBody.class)) {
					checkType(parameter.getType(), handler.getMethod().getDeclaringClass().getSimpleName() + "."
							+ handler.getMethod().getName() + " body");
				}
			}
		}
		for (String name : context.getBeanDefinitionNames()) {
			Object bean = context.getBean(name);
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getName().startsWith("nl.kernteam.") || !type.getSimpleName().endsWith("Management")) {
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers())) {
					continue;
				}
				for (Parameter parameter : method.getParameters()) {
					String where = type.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")";
					checkValue(parameter.getAnnotatedType(), parameter, where, true);
				}
			}
		}
		assertThat(problems).as("inputs without a limit").isEmpty();
	}

	private void checkType(Class<?> type, String where) {
		if (!type.getName().startsWith("nl.kernteam.") || type.isEnum() || !seen.add(type)) {
			return;
		}
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				checkValue(component.getAnnotatedType(), fieldOf(type, component.getName()),
						type.getSimpleName() + "." + component.getName(), false);
			}
		}
		else {
			for (Field field : type.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					checkValue(field.getAnnotatedType(), field, type.getSimpleName() + "." + field.getName(), false);
				}
			}
		}
	}

	private static Field fieldOf(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name);
		}
		catch (NoSuchFieldException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * {@code element} carries the declaration annotations; {@code type} the type-use ones
	 * (also of list elements).
	 */
	private void checkValue(AnnotatedType type, AnnotatedElement element, String where, boolean parameter) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			Size size = annotation(type, element, Size.class);
			if (size == null || size.max() > LONGEST_TEXT) {
				problems.add(where + ": text without @Size(max <= " + LONGEST_TEXT + ")");
			}
			if (annotation(type, element, PlainText.class) == null
					&& annotation(type, element, ReadableName.class) == null) {
				problems.add(where + ": text without @PlainText or @ReadableName");
			}
		}
		else if (raw == LocalDate.class) {
			if (annotation(type, element, PlausibleDate.class) == null) {
				problems.add(where + ": date without @PlausibleDate");
			}
		}
		else if (Collection.class.isAssignableFrom(raw)) {
			if (annotation(type, element, Size.class) == null) {
				problems.add(where + ": list without @Size");
			}
			if (type instanceof AnnotatedParameterizedType parameterized) {
				AnnotatedType item = parameterized.getAnnotatedActualTypeArguments()[0];
				checkValue(item, null, where + "[]", parameter);
			}
		}
		else if (raw.getName().startsWith("nl.kernteam.") && !raw.isEnum() && isCommand(raw)) {
			if (element != null && annotation(type, element, Valid.class) == null && !parameter) {
				problems.add(where + ": nested input without @Valid");
			}
			if (parameter && element != null && annotation(type, element, Valid.class) == null && hasConstraints(raw)) {
				problems.add(where + ": command without @Valid");
			}
			checkType(raw, where);
		}
	}

	/**
	 * Records and forms that carry input, not ids, the actor or read models passed along.
	 */
	private static boolean isCommand(Class<?> type) {
		return !(type.isRecord() && type.getRecordComponents().length == 1 && type.getSimpleName().endsWith("Id"))
				&& !type.getSimpleName().equals("Actor") && !type.getSimpleName().endsWith("Details")
				&& !type.getSimpleName().endsWith("Summary") && !type.getSimpleName().endsWith("Request")
				|| type.getEnclosingClass() != null;
	}

	private static boolean hasConstraints(Class<?> type) {
		return type.isRecord();
	}

	private static Class<?> raw(AnnotatedType type) {
		var javaType = type.getType();
		if (javaType instanceof Class<?> c) {
			return c;
		}
		if (javaType instanceof java.lang.reflect.ParameterizedType p) {
			return (Class<?>) p.getRawType();
		}
		return Object.class;
	}

	private static <A extends java.lang.annotation.Annotation> A annotation(AnnotatedType type,
			AnnotatedElement element, Class<A> kind) {
		A onType = composed(type, kind);
		if (onType != null || element == null) {
			return onType;
		}
		return composed(element, kind);
	}

	/**
	 * The annotation itself, or the one a composed constraint ({@code @Password},
	 * {@code @Reason}) is built of.
	 */
	private static <A extends java.lang.annotation.Annotation> A composed(AnnotatedElement element, Class<A> kind) {
		A direct = element.getAnnotation(kind);
		if (direct != null) {
			return direct;
		}
		for (var annotation : element.getAnnotations()) {
			if (annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)
					&& annotation.annotationType().getAnnotation(kind) != null) {
				return annotation.annotationType().getAnnotation(kind);
			}
		}
		return null;
	}

	List<String> problems() {
		return new ArrayList<>(problems);
	}

}
