// A project of three files: the route model (this file), a generic list extension that sorts and de-duplicates in
// place (ListExtensions.cs), and the catalog service that builds the route list, publishes it and then tidies it with
// the extension (RouteCatalog.cs). The page (WEFT0002) lists "a call of your method that writes it" and collection
// extension methods: the extension's body is in another file, so the report is taken to be at the call.
using System;

namespace Corpus.Calls.R14.RouteCatalogDefect;

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
