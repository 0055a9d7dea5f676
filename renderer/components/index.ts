/**
 * The one UI kit (issue 14). Features may import from here or from the kit's files directly.
 * See the folders: fields/ (inputs and groups, one id scheme), notices/, form/ (ErrorSummary's
 * neighbours: the actions row and the pure field-value helpers), and the page pieces at the top.
 */
export { AskFirst } from './AskFirst';
export { BackToFamily, BackToSettings } from './BackLink';
export { ColumnHeadings } from './ColumnHeadings';
export { DetailsCard } from './DetailsCard';
export { ErrorBoundary } from './ErrorBoundary';
export { ErrorSummary, type SummaryError } from './ErrorSummary';
export { FieldFrame } from './FieldFrame';
export { focusById } from './focus';
export { InPageLink, InPageLinks } from './InPageLink';
export { Loading } from './Loading';
export { PageContents, type ContentsEntry } from './PageContents';
export { PageHeading } from './PageHeading';
export { SaveStatus } from './SaveStatus';
export { Section } from './Section';
export { SummaryRow } from './SummaryRow';
export { TextAreaField } from './TextAreaField';
export { TextField } from './TextField';
export { useDocumentTitle, APP_NAME } from './useDocumentTitle';
export { useFocusAfter } from './useFocusAfter';
export { useFocusWhen } from './useFocusWhen';
export { Checkbox } from './fields/Checkbox';
export { CheckboxGroup } from './fields/CheckboxGroup';
export { optionId, type ChoiceOption } from './fields/choices';
export { DateField, DATE_HINT } from './fields/DateField';
export { describedBy, FieldMessages } from './fields/FieldMessages';
export { RadioGroup } from './fields/RadioGroup';
export { SelectField } from './fields/SelectField';
export { TimeField } from './fields/TimeField';
export { DraftFormFrame } from './form/DraftFormFrame';
export { draftGuard } from './form/draft-guard';
export { draftFieldProps, textFieldProps, type TextFieldProps } from './form/field-props';
export { FormActions } from './form/FormActions';
export { SmallForm } from './form/SmallForm';
export { summaryEntries } from './form/summary-entries';
export { RestartAfterSave } from './form/RestartAfterSave';
export { useRestartAfterSave } from './form/useRestartAfterSave';
export { addError, errorAt, isoToUk, readDate, readOptionalDate, toFormErrors } from './form/field-values';
export { BusyStatus } from './notices/BusyStatus';
export { FlashNotice, flashFrom, type FlashState } from './notices/FlashNotice';
export { OutcomeNotice, type Outcome } from './notices/OutcomeNotice';
export { FamilyNotFound, MeetingNotFound, NotFound } from './notices/NotFound';
export { RestoredDraftNotice } from './notices/RestoredDraftNotice';
export { SaveProblem } from './notices/SaveProblem';
export { SavedAgainNotice } from './notices/SavedAgainNotice';
export { StatusLine } from './notices/StatusLine';
export { savedFileWords } from './saved-file-words';
