// A settings class whose `field`-backed property holds a List, broadcast to every worker by a generated
// …OnAllWorkersAsync method.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.FieldKeywordSettings;

public sealed class Settings
{
    public List<string> Upstreams { get => field; init => field = value ?? []; } = [];
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Router
{
    public int Count { get; private set; }

    [WorkerUpdate]
    public void Apply(Settings settings) => Count = settings.Upstreams.Count;
}

public static class Config
{
    public static Task Push(WorkerPool pool) =>
        Router.ApplyOnAllWorkersAsync(pool, new Settings { Upstreams = ["a", "b"] }); // expect: WEFT0007
}
