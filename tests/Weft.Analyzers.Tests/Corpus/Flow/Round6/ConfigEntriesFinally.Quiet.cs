// Quiet twin of ConfigEntriesFinally: the list is trimmed before it is published.
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
    private int _reloads;

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
            entries.TrimExcess();
            _slot.Publish(entries);
            _lastText = text;
            return true;
        }
        finally
        {
            _reloads++;
        }
    }
}
