// WEFT0006: a per-worker factory (Initialize) is worker code (page: "per-worker factories are worker code"); it
// lazily fills a static field with `??=`, racing on every thread at once. The static field is WEFT0006's alone.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.StaticCoalesceInFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TemplateRenderer
{
    static Dictionary<string, string>? s_defaults;

    public TemplateRenderer(IReadOnlyDictionary<string, string> defaults) => Defaults = defaults;

    public IReadOnlyDictionary<string, string> Defaults { get; }

    public static void Setup(WorkerPool pool) =>
        Initialize(pool, _ => new TemplateRenderer(s_defaults ??= LoadDefaults())); // expect: WEFT0006

    static Dictionary<string, string> LoadDefaults() => new() { ["title"] = "Weft" };
}
