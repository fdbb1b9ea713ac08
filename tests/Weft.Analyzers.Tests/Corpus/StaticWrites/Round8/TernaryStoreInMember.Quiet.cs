// Quiet: F1's form outside a lambda: a per-worker member stores a ternary of a parameter into a static (a value
// not read from the field).
using Weft;

namespace Corpus.StaticWrites.R8.TernaryStoreInMember;

public enum Mode { Normal, Degraded }

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HealthState
{
    private static Mode s_mode;

    public static Mode LastMode => s_mode;

    public void Report(bool degraded) => s_mode = degraded ? Mode.Degraded : Mode.Normal;
}
