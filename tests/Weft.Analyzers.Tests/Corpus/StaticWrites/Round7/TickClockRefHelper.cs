// Game server: every worker's tick advances a static "server time" through a helper taking the counter by ref; the
// helper's += runs from every worker at once on the same static. Twin: the helper uses Interlocked.Add on the ref.
// Reading taken: reported at the worker code's call or at the helper's += (#escape; the page does not say).
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TickClockRefHelper;

public static class ServerClock
{
    public static long s_elapsedMicros;

    public static void Advance(ref long clock, long micros) => clock += micros; // expect: WEFT0006 #escape

    public static void AdvanceAtomic(ref long clock, long micros) => Interlocked.Add(ref clock, micros);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TickState
{
    private long _ticks;

    public long Ticks => _ticks;

    [WorkerUpdate]
    public void Tick(long micros)
    {
        _ticks++;
        ServerClock.Advance(ref ServerClock.s_elapsedMicros, micros); // expect: WEFT0006 #escape
    }
}

public static class TickMath
{
    public const long MicrosPerSecond = 1_000_000;

    public static long MicrosPerTick(int hz) => MicrosPerSecond / System.Math.Max(1, hz);

    public static double Seconds(long micros) => micros / (double)MicrosPerSecond;

    public static string Uptime(long micros) => System.TimeSpan.FromMicroseconds(micros).ToString(@"d\.hh\:mm\:ss");
}
