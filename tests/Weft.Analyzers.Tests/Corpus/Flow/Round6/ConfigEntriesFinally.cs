// Config reloader on main that parses a file into a list and publishes it. Defect: a finally block trims the
// list's spare capacity after the publish — TrimExcess reallocates the list's array while workers read it
// (WEFT0002: the finally runs after the publish on the normal path). The early return before the publish
// (unchanged file) writes nothing published and must stay quiet.
using System;
using System.Collections.Generic;
using System.IO;
using Weft;
using Weft.Slots;

namespace Corpus6b.ConfigEntriesFinally;

public sealed record ConfigEntry(string Key, string Value);

public sealed class FileConfigSource
{
    private readonly Slot<List<ConfigEntry>> _slot;
    private string _lastText = string.Empty;

    public FileConfigSource(WorkerPool pool) => _slot = pool.AllocateSlot<List<ConfigEntry>>();

    public bool Reload(string path)
    {
        var entries = new List<ConfigEntry>(capacity: 256);
        string text = File.ReadAllText(path);
        if (text == _lastText)
        {
            entries.Add(new ConfigEntry("unchanged", "true"));
            return false;
        }
        try
        {
            foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = line.IndexOf('=');
                if (eq > 0) entries.Add(new ConfigEntry(line[..eq].Trim(), line[(eq + 1)..].Trim()));
            }
            _slot.Publish(entries);
            _lastText = text;
            return true;
        }
        finally
        {
            entries.TrimExcess(); // expect: WEFT0002
        }
    }
}
