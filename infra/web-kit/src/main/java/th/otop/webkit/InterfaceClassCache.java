package th.otop.webkit;

import ognl.OgnlRuntime;
import ognl.enhance.ExpressionCompiler;

/**
 * OGNL's expression compiler with each type's "interface class" worked out once. OGNL asks for it at every step of a
 * chained expression ({@code ${product.producer.name}}) and walks every interface of the object's class each time,
 * which was a twentieth of a page's rendering; the answer depends on the class alone. Templates' expressions are
 * interpreted, never compiled, so this is all the compiler is asked for.
 */
final class InterfaceClassCache extends ExpressionCompiler {
    private final ClassValue<Class<?>> interfaceClasses = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            return InterfaceClassCache.super.getInterfaceClass(type);
        }
    };

    static void install() {
        if (!(OgnlRuntime.getCompiler() instanceof InterfaceClassCache)) {
            OgnlRuntime.setCompiler(new InterfaceClassCache());
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getInterfaceClass(Class type) {
        return interfaceClasses.get(type);
    }
}
