// Quiet: an expression-bodied posted lambda storing a constant into a static (a value not read from the field).
using Weft.Threading;

namespace Corpus.StaticWrites.R8.ConstantStoreInPostedLambda;

public enum Circuit { Closed, Open, HalfOpen }

public static class Breaker
{
    private static Circuit s_state;

    public static Circuit State => s_state;

    public static void Trip(Dispatcher worker) => worker.Post(() => s_state = Circuit.Open);
}
