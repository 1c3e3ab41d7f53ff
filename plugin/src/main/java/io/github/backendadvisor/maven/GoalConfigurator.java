package io.github.backendadvisor.maven;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.AbstractComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.converters.ConfigurationConverter;
import org.codehaus.plexus.component.configurator.converters.ParameterizedConfigurationConverter;
import org.codehaus.plexus.component.configurator.converters.composite.ObjectWithFieldsConverter;
import org.codehaus.plexus.component.configurator.converters.special.ClassRealmConverter;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Sets the goals' parameters as Maven's own configurator ("basic") does, without its search in
 * every module. For each parameter of each module, that one copies the goal class's public
 * methods twice (looking for a setter, then an adder) and walks its declared fields; the
 * {@code report} goal has 24 public methods, nine of them {@code MavenReport}'s. This one finds
 * the fields once per goal class. Each value is still converted by Maven's converters from
 * Maven's expression evaluator, and the listener hears of each field as before (it checks the
 * required parameters and lists the values under {@code -X}), so values, defaults and errors are
 * Maven's. A configuration with anything else (an element no field of ours takes without a
 * setter, an {@code implementation} other than the field's type) goes to Maven's own code whole.
 * Declared in {@code META-INF/plexus/components.xml}; named by the goals' {@code configurator}.
 */
public final class GoalConfigurator extends AbstractComponentConfigurator {
    /** The component's role hint, named by each goal. */
    static final String HINT = "backend-advisor";

    /** Per goal class: each parameter that a field takes and no setter or adder does, to its field. */
    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            return fields(type);
        }
    };

    @Override
    public void configureComponent(Object component, PlexusConfiguration configuration, ExpressionEvaluator evaluator,
            ClassRealm realm, ConfigurationListener listener) throws ComponentConfigurationException {
        ClassRealmConverter.pushContextRealm(realm);
        try {
            Map<String, Field> fields = FIELDS.get(component.getClass());
            if (takesAll(fields, configuration)) {
                set(component, fields, configuration, evaluator, realm, listener);
            } else {
                new ObjectWithFieldsConverter().processConfiguration(converterLookup, component, realm, configuration,
                        evaluator, listener);
            }
        } finally {
            ClassRealmConverter.popContextRealm();
        }
    }

    /** Whether every element is a parameter of {@code fields}, with no implementation or that of its field's type. */
    private static boolean takesAll(Map<String, Field> fields, PlexusConfiguration configuration) {
        for (int i = 0, n = configuration.getChildCount(); i < n; i++) {
            PlexusConfiguration element = configuration.getChild(i);
            Field field = fields.get(element.getName());
            if (field == null) return false;
            String implementation = element.getAttribute("implementation");
            if (implementation != null && !implementation.equals(field.getType().getName())) return false;
        }
        return true;
    }

    private void set(Object component, Map<String, Field> fields, PlexusConfiguration configuration,
            ExpressionEvaluator evaluator, ClassRealm realm, ConfigurationListener listener)
            throws ComponentConfigurationException {
        Class<?> type = component.getClass();
        for (int i = 0, n = configuration.getChildCount(); i < n; i++) {
            PlexusConfiguration element = configuration.getChild(i);
            Field field = fields.get(element.getName());
            Class<?> raw = field.getType();
            ConfigurationConverter converter = converterLookup.lookupConverterForType(raw);
            Object value;
            if (field.getGenericType() instanceof ParameterizedType generic
                    && converter instanceof ParameterizedConfigurationConverter parameterized) {
                value = parameterized.fromConfiguration(converterLookup, element, raw, generic.getActualTypeArguments(),
                        type, realm, evaluator, listener);
            } else {
                value = converter.fromConfiguration(converterLookup, element, raw, type, realm, evaluator, listener);
            }
            if (value == null) continue;
            if (listener != null) listener.notifyFieldChangeUsingReflection(field.getName(), value, component);
            try {
                field.set(component, value);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                String message = "Cannot set '" + field.getName() + "' in " + type;
                throw new ComponentConfigurationException(element, message, e);
            }
        }
    }

    /**
     * The fields Maven's configurator would set by reflection: the first of each name from the
     * class up, not static, where no public method named {@code set} or {@code add} and the name
     * takes one value. Only a type that is a class or a class with class arguments: another goes
     * to Maven's code.
     */
    static Map<String, Field> fields(Class<?> type) {
        Set<String> methods = new HashSet<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) methods.add(m.getName());
        }
        Map<String, Field> fields = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !seen.add(f.getName())) continue;
                String title = Character.toTitleCase(f.getName().charAt(0)) + f.getName().substring(1);
                if (methods.contains("set" + title) || methods.contains("add" + title) || !plain(f.getGenericType())) {
                    continue;
                }
                f.setAccessible(true);
                fields.put(f.getName(), f);
            }
        }
        return Map.copyOf(fields);
    }

    private static boolean plain(Type type) {
        if (type instanceof Class<?>) return true;
        if (!(type instanceof ParameterizedType p)) return false;
        for (Type argument : p.getActualTypeArguments()) {
            if (!(argument instanceof Class<?>)) return false;
        }
        return true;
    }
}
