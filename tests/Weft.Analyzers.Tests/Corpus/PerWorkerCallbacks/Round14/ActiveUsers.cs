// A presence endpoint on main asks every worker for the users connected to it, with the generated UpdateAllAsync,
// and answers with the distinct set. Each worker's callback adds its users to a captured HashSet with List.ForEach: the
// ForEach runs the lambda in place, on every worker at once, so the adds race (WEFT0008: a callback run on every thread
// that mutates what a captured local holds, in a lambda it runs in place). The quiet twin collects into a
// ConcurrentDictionary used as a set.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.ActiveUsersDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Connections
{
    private readonly Dictionary<Guid, string> _userByConnection = new();

    public IEnumerable<string> Users => _userByConnection.Values;

    public void Opened(Guid connection, string user) => _userByConnection[connection] = user;

    public void Closed(Guid connection) => _userByConnection.Remove(connection);

    [WorkerUpdate]
    public void DropUser(string user)
    {
        foreach (var id in _userByConnection.Where(kv => kv.Value == user).Select(kv => kv.Key).ToList())
        {
            _userByConnection.Remove(id);
        }
    }
}

public static class PresenceEndpoint
{
    public static async Task<IReadOnlyList<string>> ActiveUsersAsync(WorkerPool pool, string? prefix)
    {
        var users = new HashSet<string>(StringComparer.Ordinal);
        await Connections.UpdateAllAsync(pool, connections =>
        {
            var mine = connections.Users
                .Where(u => prefix is null || u.StartsWith(prefix, StringComparison.Ordinal))
                .ToList();
            mine.ForEach(u => users.Add(u)); // expect: WEFT0008
        });

        return users.Order(StringComparer.Ordinal).ToArray();
    }
}
