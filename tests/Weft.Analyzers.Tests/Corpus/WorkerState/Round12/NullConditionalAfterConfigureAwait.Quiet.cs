// C# 14 null-conditional assignment to worker state after a plain await: it resumes on the worker.
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.NullConditionalAfterConfigureAwaitQuiet;

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
        await Task.Delay(10);
        health.Probe?.LastHost = host;
    }
}
