// Quiet twin of JsonNodeBroadcast: the settings travel as a JsonElement (a read-only view of a parsed JsonDocument, no
// setters). Reading: JsonElement is immutable (its document is never written after parsing).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.JsonNodeBroadcastQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Settings
{
    private string _mode = "default";

    [WorkerUpdate]
    private void Apply(JsonElement config) => _mode = config.GetProperty("mode").GetString() ?? _mode;
}

public static class Admin
{
    public static Task Reload(WorkerPool pool, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Settings.ApplyOnAllWorkersAsync(pool, document.RootElement.Clone());
    }
}
