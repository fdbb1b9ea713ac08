// C# 14 null-conditional assignment to worker state after ConfigureAwait(false): the continuation may run on the pool.
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.NullConditionalAfterConfigureAwait;

public sealed class Probe
{
    public string? LastHost { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Health
{
    public Probe? Probe { get; set; }
}

public static class Checker
{
    public static async Task Check(string host)
    {
        var health = Health.Current;
        await Task.Delay(10).ConfigureAwait(false);
        health.Probe?.LastHost = host; // expect: WEFT0004
    }
}
