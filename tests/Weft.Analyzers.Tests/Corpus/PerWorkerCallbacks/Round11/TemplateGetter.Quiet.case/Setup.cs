using System.Collections.Generic;
using Weft;

namespace Corpus.R11.TemplateGetterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    public int Capacity { get; init; }
    public Dictionary<string, int> Tokens { get; } = new();
}

public static class Setup
{
    public static void Run(WorkerPool pool)
    {
        var template = new Template(100);
        Limiter.Initialize(pool, _ => template.Create());
    }
}
