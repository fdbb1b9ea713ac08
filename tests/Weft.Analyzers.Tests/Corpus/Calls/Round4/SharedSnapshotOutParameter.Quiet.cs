// Quiet twin of SharedSnapshotOutParameter: callers of the same [SharedSnapshot] out parameter and interface property
// only read what they got, and build their own list for the new path.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.SharedSnapshotOutParameterQuiet;

public interface IRouteSource
{
    [SharedSnapshot]
    List<string> Prefixes { get; }
}

public sealed class RouteRegistry : IRouteSource
{
    private readonly List<string> _prefixes = new();
    private readonly Dictionary<string, List<string>> _byHost = new();

    public List<string> Prefixes => _prefixes;

    public bool TryGetRoutes(string host, [SharedSnapshot] out List<string> routes)
    {
        if (_byHost.TryGetValue(host, out var found))
        {
            routes = found;
            return true;
        }

        routes = _prefixes;
        return false;
    }
}

public static class Router
{
    public static List<string> Learn(RouteRegistry registry, IRouteSource source, string host, string path)
    {
        var learned = new List<string>();
        if (!registry.TryGetRoutes(host, out var routes))
        {
            learned.AddRange(routes);
        }

        learned.Add(path);
        learned.AddRange(source.Prefixes);
        return learned;
    }
}
