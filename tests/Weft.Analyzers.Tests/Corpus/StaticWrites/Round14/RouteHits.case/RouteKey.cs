// The key a route's statistics are kept under.
namespace Corpus.StaticWrites.R14.RouteHitsDefect;

public readonly record struct RouteKey(string Method, string Template)
{
    public override string ToString() => $"{Method} {Template}";
}
