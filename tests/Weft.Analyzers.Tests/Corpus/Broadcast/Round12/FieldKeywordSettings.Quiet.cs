// A sealed settings class whose `field`-backed init-only property holds an ImmutableArray: nothing in it can change.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.FieldKeywordSettingsQuiet;

public sealed class Settings
{
    public ImmutableArray<string> Upstreams { get => field; init => field = value.IsDefault ? [] : value; } = [];
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Router
{
    public int Count { get; private set; }

    [WorkerUpdate]
    public void Apply(Settings settings) => Count = settings.Upstreams.Length;
}

public static class Config
{
    public static Task Push(WorkerPool pool) =>
        Router.ApplyOnAllWorkersAsync(pool, new Settings { Upstreams = ["a", "b"] });
}
