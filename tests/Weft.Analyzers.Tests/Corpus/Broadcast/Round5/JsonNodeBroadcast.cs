// WEFT0007: a parsed JsonNode (a mutable DOM: indexers set, Add/Remove) is broadcast to every worker.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.JsonNodeBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Settings
{
    private string _mode = "default";

    [WorkerUpdate]
    private void Apply(JsonNode config) => _mode = (string?)config["mode"] ?? _mode;
}

public static class Admin
{
    public static Task Reload(WorkerPool pool, string json) =>
        Settings.ApplyOnAllWorkersAsync(pool, JsonNode.Parse(json)!); // expect: WEFT0007
}
