// Health checker: the per-worker checker counts consecutive failures in a process-wide volatile counter that the
// admin page reads. Defect: `s_streak = s_streak + 1` on the volatile field — volatile makes each access atomic,
// not the increment (WEFT0006, in worker code and "anywhere").
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.HealthFailureStreak;

public static class HealthBoard
{
    internal static volatile int s_streak;

    public static int Streak => s_streak;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamChecker
{
    private int _localFailures;

    public async Task CheckAsync(System.Func<Task<bool>> probe)
    {
        bool ok = await probe();
        if (ok)
        {
            HealthBoard.s_streak = 0;
            return;
        }
        _localFailures++;
        HealthBoard.s_streak = HealthBoard.s_streak + 1; // expect: WEFT0006
    }

    public int LocalFailures => _localFailures;
}
