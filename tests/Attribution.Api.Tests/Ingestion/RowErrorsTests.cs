using Attribution.Api.Ingestion.Parsing;

namespace Attribution.Api.Tests.Ingestion;

public sealed class RowErrorsTests
{
    [Fact]
    public void ToException_MoreThanTheLimit_ListsTheFirst100AndCountsAll()
    {
        var errors = new RowErrors();
        var row = new RowValues(1);
        for (var i = 0; i < 150; i++)
        {
            row.Reset(i, 0);
            errors.Add(row, "revenue", "'revenue' must be a number of at least 0.");
        }

        var exception = errors.ToException();

        Assert.Equal(150, errors.Count);
        Assert.Equal(100, exception.Errors.Count);
        Assert.True(exception.Errors.ContainsKey("rows[99].revenue"));
        Assert.False(exception.Errors.ContainsKey("rows[100].revenue"));
        Assert.Equal("150 error(s) in 150 row(s); nothing was written. The first 100 are listed.", exception.Message);
    }

    [Fact]
    public void Add_TwoErrorsInOneRow_CountsTheRowOnceAndMarksItInvalid()
    {
        var errors = new RowErrors();
        var row = new RowValues(2);
        row.Reset(4, 9);

        errors.Add(row, "a", "first.");
        errors.Add(row, null, "second.");

        Assert.False(row.Valid);
        Assert.Equal(2, errors.Count);
        Assert.Equal(1, errors.Rows);
        Assert.Equal(["first. (line 9)"], errors.ToException().Errors["rows[4].a"]);
        Assert.Equal(["second. (line 9)"], errors.ToException().Errors["rows[4]"]);
    }
}
