package th.otop.webkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ognl.OgnlRuntime;
import ognl.enhance.ExpressionCompiler;
import org.junit.jupiter.api.Test;

class InterfaceClassCacheTest {
    /** Not public, so OGNL looks for its interface. */
    record Card(String title) implements Comparable<Card> {
        @Override
        public int compareTo(Card other) {
            return title.compareTo(other.title);
        }
    }

    @Test
    void answersAsOgnlsOwnCompilerForEveryKindOfClass() {
        ExpressionCompiler ognl = new ExpressionCompiler();
        InterfaceClassCache cached = new InterfaceClassCache();

        for (Class<?> type : List.of(
                Card.class,
                String.class,
                int.class,
                Map.class,
                HashMap.class,
                List.of(1).getClass(),
                Map.of("a", 1).getClass(),
                new ArrayList<>().iterator().getClass())) {
            assertEquals(ognl.getInterfaceClass(type), cached.getInterfaceClass(type), type.getName());
            assertEquals(ognl.getInterfaceClass(type), cached.getInterfaceClass(type), "again " + type.getName());
        }
    }

    @Test
    void isTheCompilerOgnlUsesOnceInstalled() {
        InterfaceClassCache.install();

        assertInstanceOf(InterfaceClassCache.class, OgnlRuntime.getCompiler());
    }
}
