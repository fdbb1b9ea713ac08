// A realistic component: per-worker chat moderation. Commands are kept in a dictionary of delegates built over the
// worker's room history; a delayed command is run from a ContinueWith continuation (on the thread pool) through
// the dictionary (WEFT0004; reported where the lambda over the history is built or where the continuation is
// handed over: #escape).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.R8.ChatModerationComponent;

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
            ["purge"] = room => history.Purge(room), // expect: WEFT0004 #escape
            ["count"] = room => Console.WriteLine(room),
        };
    }

    public void Run(string command, string room) => _commands[command](room);

    public Task RunLater(string command, string room, TimeSpan delay) =>
        Task.Delay(delay).ContinueWith(_ => _commands[command](room)); // expect: WEFT0004 #escape
}
