using System.Collections.Generic;
using Weft;

namespace Corpus.R11.TemplateGetter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    public Dictionary<string, int> Tokens { get; } = new();
}

public static class Setup
{
    public static void Run(WorkerPool pool)
    {
        var template = new Template(new Limiter());
        Limiter.Initialize(pool, _ => template.Get()); // expect: WEFT0008
    }
}
