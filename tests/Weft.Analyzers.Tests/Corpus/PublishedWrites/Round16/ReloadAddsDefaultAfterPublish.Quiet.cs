// Short handler: a config reload builds a settings view, adds the default timeout, and only then publishes it
// (quiet twin of ReloadAddsDefaultAfterPublish).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.ReloadAddsDefaultAfterPublish;

public sealed class SettingsView
{
    public Dictionary<string, string> Values { get; } = new();
}

public static class ReloadHandler
{
    public static void Reload(Slot<SettingsView> slot, IReadOnlyDictionary<string, string> file)
    {
        var view = new SettingsView();
        foreach (var (key, value) in file)
            view.Values[key] = value;
        view.Values.TryAdd("timeout_ms", "5000");
        slot.Publish(view);
    }
}
