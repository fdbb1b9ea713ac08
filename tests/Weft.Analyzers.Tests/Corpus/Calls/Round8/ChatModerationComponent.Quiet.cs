// The clean twin: the delay is awaited on the worker (a plain await resumes there), then the command runs.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.R8.ChatModerationComponentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RoomHistory
{
    private readonly Dictionary<string, List<string>> _lines = new(StringComparer.Ordinal);

    public void Append(string room, string line)
    {
        if (!_lines.TryGetValue(room, out var list))
        {
            _lines[room] = list = new List<string>();
        }

        list.Add(line);
        if (list.Count > 500)
        {
            list.RemoveRange(0, list.Count - 500);
        }
    }

    public void Purge(string room) => _lines.Remove(room);

    public int Count(string room) => _lines.TryGetValue(room, out var list) ? list.Count : 0;
}

public sealed class Moderation
{
    private readonly Dictionary<string, Action<string>> _commands;

    public Moderation()
    {
        var history = RoomHistory.Current;
        _commands = new Dictionary<string, Action<string>>(StringComparer.Ordinal)
        {
            ["purge"] = room => history.Purge(room),
            ["count"] = room => Console.WriteLine(room),
        };
    }

    public void Run(string command, string room) => _commands[command](room);

    public async Task RunLater(string command, string room, TimeSpan delay)
    {
        await Task.Delay(delay);
        _commands[command](room);
    }
}
