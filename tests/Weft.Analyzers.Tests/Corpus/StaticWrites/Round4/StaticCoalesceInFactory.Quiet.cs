// Quiet twin of StaticCoalesceInFactory: the defaults are loaded once on the caller (main) before Initialize and
// frozen; the factory only reads the captured frozen dictionary.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.StaticCoalesceInFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TemplateRenderer
{
    public TemplateRenderer(IReadOnlyDictionary<string, string> defaults) => Defaults = defaults;

    public IReadOnlyDictionary<string, string> Defaults { get; }

    public static void Setup(WorkerPool pool)
    {
        var defaults = LoadDefaults().ToFrozenDictionary();
        Initialize(pool, _ => new TemplateRenderer(defaults));
    }

    static Dictionary<string, string> LoadDefaults() => new() { ["title"] = "Weft" };
}
