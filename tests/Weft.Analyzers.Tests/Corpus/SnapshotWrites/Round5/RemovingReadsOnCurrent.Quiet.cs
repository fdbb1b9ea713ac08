// Quiet twin of RemovingReadsOnCurrent: the worker peeks at immutable queue/stack snapshots (their Dequeue/Pop return
// new collections kept in locals) and reads the dictionary.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.RemovingReadsOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Backlog
{
    public ImmutableQueue<string> Pending { get; init; } = ImmutableQueue<string>.Empty;
    public ImmutableStack<string> Recent { get; init; } = ImmutableStack<string>.Empty;
    public ImmutableDictionary<string, int> Claims { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Worker
{
    public static string Take()
    {
        var backlog = Backlog.Current;
        if (!backlog.Pending.IsEmpty)
        {
            var rest = backlog.Pending.Dequeue(out var job);
            return rest.IsEmpty ? job : job + "+";
        }

        var older = backlog.Recent.Pop(out var recent);
        var claims = backlog.Claims.Remove(recent);
        return older.IsEmpty ? recent : recent + claims.Count;
    }
}
