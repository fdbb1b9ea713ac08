// C# 14 null-conditional assignment before the publish: the object is finished, then handed over.
using Weft.Slots;

namespace Corpus.R12.NullConditionalAfterPublishQuiet;

public sealed class Budget
{
    public int Remaining { get; set; }
}

public static class Budgets
{
    public static void Reset(Slot<Budget> slot, Budget? budget)
    {
        if (budget is null)
        {
            return;
        }

        budget?.Remaining = 0;
        slot.Publish(budget);
    }
}
