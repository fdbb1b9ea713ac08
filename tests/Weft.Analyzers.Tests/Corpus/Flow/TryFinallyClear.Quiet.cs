// The finally block only clears a scratch list whose contents were copied into the published one.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.TryFinally;

public sealed class DenyListPublisher(Slot<List<string>> slot)
{
    private readonly List<string> _scratch = new();

    public async Task PublishAsync(IEnumerable<string> entries)
    {
        _scratch.AddRange(entries);
        try
        {
            await slot.PublishAsync(new List<string>(_scratch));
        }
        finally
        {
            _scratch.Clear();
        }
    }
}
