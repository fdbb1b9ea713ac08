// Quiet twin of IsPatternBindsList: the type pattern binds an immutable list; its Add returns a new list, kept in a
// local, so nothing the snapshot holds changes.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.IsPatternBindsListQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableList<string> Hosts { get; init; } = ImmutableList<string>.Empty;
}

public static class Worker
{
    public static int Add(string host)
    {
        if (Routes.Current.Hosts is ImmutableList<string> hosts)
        {
            hosts = hosts.Add(host);
            return hosts.Count;
        }

        return 0;
    }
}
