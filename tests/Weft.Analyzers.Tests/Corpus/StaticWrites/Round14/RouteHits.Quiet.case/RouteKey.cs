// The key a route's statistics are kept under.
namespace Corpus.StaticWrites.R14.RouteHitsQuiet;

public readonly record struct RouteKey(string Method, string Template)
{
    public override string ToString() => $"{Method} {Template}";
}
