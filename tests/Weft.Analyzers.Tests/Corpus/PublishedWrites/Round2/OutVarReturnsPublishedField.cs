// Round 2. A TryGet-style method of the type hands out the field that holds the published list.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round2.OutField;

public sealed class Routes(Slot<List<string>> slot)
{
    private List<string>? _published;

    public void Publish(List<string> routes)
    {
        _published = routes;
        slot.Publish(routes);
    }

    public bool TryGetPublished([NotNullWhen(true)] out List<string>? routes)
    {
        routes = _published;
        return routes is not null;
    }

    public void AddFallback()
    {
        if (TryGetPublished(out var routes))
        {
            routes.Add("/*"); // expect: WEFT0002
        }
    }
}
