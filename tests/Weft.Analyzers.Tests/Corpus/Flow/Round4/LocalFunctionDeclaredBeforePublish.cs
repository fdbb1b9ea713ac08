// A local function that appends to the rule list is declared and used before the publish, and called once more after
// it. The call after the publish writes the published list. The docs do not say whether a write reached through a
// local function is reported at its call or in its body (the body also runs before the publish, where it is fine), so
// both carry the #escape marker; the call inside the loop above the publish must stay quiet.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.LocalFunctionDeclaredBeforePublish;

public sealed class RuleLoader
{
    private readonly Slot<List<string>> _slot;

    public RuleLoader(WorkerPool pool) => _slot = pool.AllocateSlot<List<string>>();

    public async Task ReloadAsync(IReadOnlyList<string> lines)
    {
        var rules = new List<string>();
        void Accept(string line) => rules.Add(line.Trim()); // expect: WEFT0002 #escape

        foreach (var line in lines)
        {
            Accept(line);
        }

        await _slot.PublishAsync(rules);
        Accept("# reloaded"); // expect: WEFT0002 #escape
    }
}
