// Quiet twin of RouteCatalog.case: the catalog sorts and de-duplicates the route list with the same extension,
// before it publishes it.
using System;

namespace Corpus.Calls.R14.RouteCatalogQuiet;

public sealed record Route(string Host, string PathPrefix, string Cluster, int Priority) : IComparable<Route>
{
    public int CompareTo(Route? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byHost = string.CompareOrdinal(Host, other.Host);
        if (byHost != 0)
        {
            return byHost;
        }

        int byLength = other.PathPrefix.Length.CompareTo(PathPrefix.Length);
        return byLength != 0 ? byLength : other.Priority.CompareTo(Priority);
    }
}
