import { AppError } from './app-error';
import { ErrorCode } from './error-code';
import { refusalFactory } from './refusal-factory';

enum SampleRefusal {
  Taken = 'TAKEN',
  Missing = 'MISSING',
}

const codeOf = (reason: SampleRefusal): ErrorCode => (reason === SampleRefusal.Taken ? ErrorCode.Conflict : ErrorCode.NotFound);

describe('refusalFactory', () => {
  const refuse = refusalFactory(codeOf);

  it('makes an AppError with the code of the reason, the message, and the reason in the details', () => {
    const error = refuse(SampleRefusal.Taken, '名称已被使用，请换一个');
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: ErrorCode.Conflict, message: '名称已被使用，请换一个', details: { reason: 'TAKEN' } });
    expect(refuse(SampleRefusal.Missing, '找不到')).toMatchObject({ code: ErrorCode.NotFound, details: { reason: 'MISSING' } });
  });

  it('keeps further details beside the reason', () => {
    expect(refuse(SampleRefusal.Taken, '已存在', { name: '区科协' }).details).toEqual({ reason: 'TAKEN', name: '区科协' });
  });
});
