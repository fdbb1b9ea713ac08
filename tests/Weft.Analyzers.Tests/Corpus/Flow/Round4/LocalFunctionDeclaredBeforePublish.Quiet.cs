// Quiet twin of LocalFunctionDeclaredBeforePublish: the local function is only called before the publish; the marker
// line added after the publish goes into a new list, which is published in turn.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.LocalFunctionDeclaredBeforePublishQuiet;

public sealed class RuleLoader
{
    private readonly Slot<List<string>> _slot;

    public RuleLoader(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public async Task ReloadAsync(IReadOnlyList<string> lines)
    {
        var rules = new List<string>();
        void Accept(string line) => rules.Add(line.Trim());

        foreach (var line in lines)
        {
            Accept(line);
        }

        await _slot.PublishAsync(rules);
        var withMarker = new List<string>(rules) { "# reloaded" };
        await _slot.PublishAsync(withMarker);
    }
}
