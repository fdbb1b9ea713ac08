// The finally block runs after the publish in the try: the scratch list is cleared while workers read it.
// Decided (WEFT0002 doc, published fields): the AddRange above the publish changes the list the previous call published.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.TryFinally;

public sealed class DenyListPublisher(Slot<List<string>> slot)
{
    private readonly List<string> _scratch = new();

    public async Task PublishAsync(IEnumerable<string> entries)
    {
        _scratch.AddRange(entries); // expect: WEFT0002
        try
        {
            await slot.PublishAsync(_scratch);
        }
        finally
        {
            _scratch.Clear(); // expect: WEFT0002
        }
    }
}
