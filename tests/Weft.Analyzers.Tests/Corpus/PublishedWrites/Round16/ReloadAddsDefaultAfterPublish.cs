// Short handler: a config reload builds a settings view, publishes it through a Slot over the user's own (mutable)
// type, and then adds the default timeout: the workers already read the dictionary (WEFT0002).
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
        slot.Publish(view);
        view.Values.TryAdd("timeout_ms", "5000"); // expect: WEFT0002
    }
}
