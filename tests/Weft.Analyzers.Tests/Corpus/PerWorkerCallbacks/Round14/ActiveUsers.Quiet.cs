// Quiet twin of ActiveUsers: the callbacks collect into a ConcurrentDictionary used as a set, so every worker may add
// at once.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.ActiveUsersQuiet;

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
        var users = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        await Connections.UpdateAllAsync(pool, connections =>
        {
            var mine = connections.Users
                .Where(u => prefix is null || u.StartsWith(prefix, StringComparison.Ordinal))
                .ToList();
            mine.ForEach(u => users.TryAdd(u, 0));
        });

        return users.Keys.Order(StringComparer.Ordinal).ToArray();
    }
}
