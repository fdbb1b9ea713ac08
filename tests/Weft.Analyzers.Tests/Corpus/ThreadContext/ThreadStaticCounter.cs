// The twin without [ThreadStatic]: every worker runs Reset at once and the static counter loses increments.
using Weft;

namespace Corpus.ThreadContext.ThreadStaticField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Parser
{
    private static int s_parsed;

    public static int Parsed => s_parsed;

    [WorkerUpdate]
    public void Reset()
    {
        s_parsed++; // expect: WEFT0006
    }
}
