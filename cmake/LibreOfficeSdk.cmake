# Locates the LibreOffice SDK and generates the C++ UNO headers the extension and clients use.
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")

find_program(LO_CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
set(LO_URE_TYPES ${LO_PROGRAM_DIR}/types.rdb)
set(LO_OFFAPI_TYPES ${LO_PROGRAM_DIR}/types/offapi.rdb)
foreach(f ${LO_URE_TYPES} ${LO_OFFAPI_TYPES} ${LO_SDK_DIR}/include/sal/types.h)
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "LibreOffice SDK file ${f} missing: run scripts/install-deps.sh")
  endif()
endforeach()

# The office types the code uses; their dependencies come along.
set(LO_OFFICE_TYPES
  com.sun.star.awt.MessageBoxType
  com.sun.star.awt.XMessageBox
  com.sun.star.awt.XMessageBoxFactory
  com.sun.star.awt.Toolkit
  com.sun.star.linguistic2.LinguServiceManager
  com.sun.star.linguistic2.XLinguServiceManager2
  com.sun.star.linguistic2.XProofreader
  com.sun.star.linguistic2.XSupportedLocales
  com.sun.star.linguistic2.ProofreadingResult
  com.sun.star.linguistic2.SingleProofreadingError
  com.sun.star.lang.XServiceDisplayName
  com.sun.star.text.TextMarkupType
  com.sun.star.util.XChangesListener
  com.sun.star.util.XChangesNotifier
  com.sun.star.container.NoSuchElementException
  com.sun.star.ui.UIElementType
  com.sun.star.ui.LayoutSize
  com.sun.star.ui.XSidebarPanel
  com.sun.star.ui.XToolPanel
  com.sun.star.ui.XUIElement
  com.sun.star.ui.XUIElementFactory
  com.sun.star.linguistic2.ProofreadingIterator
  com.sun.star.linguistic2.XProofreadingIterator
  com.sun.star.text.XFlatParagraph
  com.sun.star.text.XFlatParagraphIterator
  com.sun.star.text.XFlatParagraphIteratorProvider
  com.sun.star.util.XReplaceable
  com.sun.star.util.XReplaceDescriptor
  com.sun.star.util.XSearchDescriptor
  com.sun.star.awt.FontDescriptor
  com.sun.star.awt.XDevice
  com.sun.star.frame.InfobarType
  com.sun.star.frame.XInfobarProvider
  com.sun.star.beans.StringPair
  com.sun.star.awt.PushButtonType
  com.sun.star.awt.XControl
  com.sun.star.awt.XControlContainer
  com.sun.star.awt.XDialog
  com.sun.star.awt.XListBox
  com.sun.star.beans.NamedValue
  com.sun.star.beans.PropertyValue
  com.sun.star.beans.PropertyAttribute
  com.sun.star.beans.XPropertyContainer
  com.sun.star.beans.XPropertySet
  com.sun.star.beans.XPropertyState
  com.sun.star.bridge.UnoUrlResolver
  com.sun.star.bridge.XUnoUrlResolver
  com.sun.star.connection.NoConnectException
  com.sun.star.configuration.theDefaultProvider
  com.sun.star.container.XEnumeration
  com.sun.star.container.XEnumerationAccess
  com.sun.star.container.XNameAccess
  com.sun.star.container.XNameReplace
  com.sun.star.lang.XMultiServiceFactory
  com.sun.star.container.XIndexReplace
  com.sun.star.deployment.ExtensionManager
  com.sun.star.deployment.PackageInformationProvider
  com.sun.star.deployment.XExtensionManager
  com.sun.star.deployment.XPackage
  com.sun.star.deployment.XPackageInformationProvider
  com.sun.star.document.XDocumentProperties
  com.sun.star.document.XDocumentPropertiesSupplier
  com.sun.star.document.XUndoAction
  com.sun.star.document.XUndoManagerSupplier
  com.sun.star.frame.Desktop
  com.sun.star.frame.DispatchHelper
  com.sun.star.frame.DispatchResultState
  com.sun.star.frame.XComponentLoader
  com.sun.star.frame.XDesktop2
  com.sun.star.frame.XDispatchHelper
  com.sun.star.frame.XDispatchProvider
  com.sun.star.frame.XNotifyingDispatch
  com.sun.star.frame.XDispatchResultListener
  com.sun.star.frame.XStorable
  com.sun.star.frame.XModel
  com.sun.star.lang.XInitialization
  com.sun.star.lang.XServiceInfo
  com.sun.star.style.LineSpacing
  com.sun.star.style.LineSpacingMode
  com.sun.star.style.NumberingType
  com.sun.star.style.ParagraphAdjust
  com.sun.star.style.TabAlign
  com.sun.star.style.TabStop
  com.sun.star.style.XStyleFamiliesSupplier
  com.sun.star.task.XAbortChannel
  com.sun.star.task.XInteractionApprove
  com.sun.star.task.XInteractionHandler
  com.sun.star.text.ControlCharacter
  com.sun.star.text.XTextContent
  com.sun.star.text.PageNumberType
  com.sun.star.text.LabelFollow
  com.sun.star.text.PositionAndSpaceMode
  com.sun.star.text.XParagraphCursor
  com.sun.star.text.XChapterNumberingSupplier
  com.sun.star.table.XCell
  com.sun.star.text.XTextDocument
  com.sun.star.text.XTextTable
  com.sun.star.text.XTextField
  com.sun.star.text.XTextFieldsSupplier
  com.sun.star.text.XTextViewCursorSupplier
  com.sun.star.ucb.XCommandEnvironment
  com.sun.star.ucb.XProgressHandler
  com.sun.star.util.URLTransformer
  com.sun.star.util.XChangesBatch
  com.sun.star.util.XCloseable
  com.sun.star.util.XModifiable
  com.sun.star.util.XModifyBroadcaster
  com.sun.star.util.XModifyListener
  com.sun.star.util.XCloseBroadcaster
  com.sun.star.util.XCloseListener
  com.sun.star.document.XDocumentEventListener
  com.sun.star.linguistic2.LinguServiceEvent
  com.sun.star.linguistic2.LinguServiceEventFlags
  com.sun.star.linguistic2.XLinguServiceEventBroadcaster
  com.sun.star.linguistic2.XLinguServiceEventListener
  com.sun.star.util.XRefreshable
  com.sun.star.util.XURLTransformer
  # The Check panel, the options page and their tests and benchmark.
  com.sun.star.accessibility.XAccessible
  com.sun.star.accessibility.XAccessibleAction
  com.sun.star.accessibility.XAccessibleComponent
  com.sun.star.accessibility.XAccessibleContext
  com.sun.star.accessibility.AccessibleRole
  com.sun.star.accessibility.XAccessibleSelection
  com.sun.star.accessibility.XAccessibleText
  # The tests' event waits (tests/support/office_events).
  com.sun.star.accessibility.AccessibleEventId
  com.sun.star.accessibility.AccessibleStateType
  com.sun.star.accessibility.XAccessibleStateSet
  com.sun.star.accessibility.XAccessibleAction
  com.sun.star.accessibility.XAccessibleEventBroadcaster
  com.sun.star.document.DocumentEvent
  com.sun.star.document.XDocumentEventBroadcaster
  com.sun.star.document.XUndoManagerListener
  com.sun.star.frame.theGlobalEventBroadcaster
  com.sun.star.awt.AsyncCallback
  com.sun.star.awt.FontWeight
  com.sun.star.awt.ContainerWindowProvider
  com.sun.star.awt.Key
  com.sun.star.awt.XButton
  com.sun.star.awt.XCallback
  com.sun.star.awt.XContainerWindowEventHandler
  com.sun.star.awt.XContainerWindowProvider
  com.sun.star.awt.XControlModel
  com.sun.star.awt.XExtendedToolkit
  com.sun.star.awt.XFixedText
  com.sun.star.awt.XItemListener
  com.sun.star.awt.XKeyListener
  com.sun.star.awt.XTextComponent
  com.sun.star.awt.XTopWindow
  com.sun.star.awt.XTopWindowListener
  com.sun.star.awt.XVclContainer
  com.sun.star.awt.XWindow
  com.sun.star.awt.XWindow2
  com.sun.star.container.XNameContainer
  com.sun.star.frame.FrameAction
  com.sun.star.frame.XFrameActionListener
  com.sun.star.lang.XComponent
  com.sun.star.script.provider.MasterScriptProviderFactory
  com.sun.star.script.provider.XScriptProviderFactory
  com.sun.star.script.provider.theMasterScriptProviderFactory
  com.sun.star.text.XTextCursor
  com.sun.star.ui.dialogs.ExecutableDialogResults
  com.sun.star.ui.dialogs.FilePicker
  com.sun.star.ui.dialogs.FolderPicker
  com.sun.star.ui.dialogs.TemplateDescription
  com.sun.star.ui.dialogs.XFilePicker3
  com.sun.star.ui.dialogs.XFolderPicker2
  com.sun.star.util.PathSubstitution
  com.sun.star.util.XStringSubstitution
  com.sun.star.view.XSelectionSupplier
  com.sun.star.awt.KeyEvent
  com.sun.star.awt.KeyModifier
  com.sun.star.io.XInputStream
  com.sun.star.ucb.SimpleFileAccess
  com.sun.star.ucb.XSimpleFileAccess3
  com.sun.star.ui.XAcceleratorConfiguration
  com.sun.star.ui.XUIConfigurationManager
  com.sun.star.ui.theModuleUIConfigurationManagerSupplier
  # The report wizard.
  com.sun.star.awt.XActionListener
  com.sun.star.awt.XAdjustmentListener
  com.sun.star.awt.XCheckBox
  com.sun.star.awt.XFocusListener
  com.sun.star.awt.XItemEventBroadcaster
  com.sun.star.awt.XRadioButton
  com.sun.star.awt.XScrollBar
  com.sun.star.awt.XTextListener
  com.sun.star.container.XIndexContainer
  com.sun.star.frame.XTitle
  com.sun.star.lang.XSingleServiceFactory
  # The Insert Section submenu (a popup menu controller) and its test.
  com.sun.star.awt.MenuItemStyle
  com.sun.star.awt.XMenuListener
  com.sun.star.awt.XPopupMenu
  com.sun.star.frame.XPopupMenuController
  com.sun.star.frame.FeatureStateEvent
  com.sun.star.frame.XStatusListener
  com.sun.star.frame.thePopupMenuControllerFactory
  com.sun.star.lang.XComponent
  # The help pages in the browser.
  com.sun.star.system.SystemShellExecute
  com.sun.star.system.SystemShellExecuteFlags
  com.sun.star.frame.FrameSearchFlag
  # Reading the format of paragraphs (values and states in one call).
  com.sun.star.beans.GetPropertyTolerantResult
  com.sun.star.beans.TolerantPropertySetResultType
  com.sun.star.beans.XTolerantMultiPropertySet
  # The office's help contents and pages, read through its content broker as its help window
  # reads them (tests/integration/help_tree_test).
  com.sun.star.beans.Property
  com.sun.star.sdbc.XResultSet
  com.sun.star.sdbc.XRow
  com.sun.star.ucb.Command
  com.sun.star.ucb.OpenCommandArgument2
  com.sun.star.ucb.OpenMode
  com.sun.star.ucb.UniversalContentBroker
  com.sun.star.ucb.XCommandProcessor
  com.sun.star.ucb.XContentAccess
  com.sun.star.ucb.XDynamicResultSet
  # The background check for pack updates (a job on opening the first Writer document).
  com.sun.star.task.XJob
  com.sun.star.frame.XTerminateListener
  com.sun.star.awt.MessageBoxButtons
  com.sun.star.awt.MessageBoxResults
)
list(JOIN LO_OFFICE_TYPES ";" _lo_type_list)

set(LO_GENERATED_DIR ${CMAKE_BINARY_DIR}/uno-headers)
set(_lo_stamp ${LO_GENERATED_DIR}/.stamp)
add_custom_command(
  OUTPUT ${_lo_stamp}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${LO_GENERATED_DIR}
  COMMAND ${LO_CPPUMAKER} -Gc -O${LO_GENERATED_DIR} ${LO_URE_TYPES}
  COMMAND ${LO_CPPUMAKER} -Gc -O${LO_GENERATED_DIR} "-T${_lo_type_list}" -X${LO_URE_TYPES}
          ${LO_OFFAPI_TYPES}
  COMMAND ${CMAKE_COMMAND} -E touch ${_lo_stamp}
  DEPENDS ${LO_URE_TYPES} ${LO_OFFAPI_TYPES} ${CMAKE_CURRENT_LIST_FILE}
  COMMENT "Generating C++ UNO headers with cppumaker"
  VERBATIM)
add_custom_target(uno_headers DEPENDS ${_lo_stamp})

# Everything a C++ UNO translation unit needs: generated and SDK headers, defines, SDK libraries.
add_library(libreoffice_sdk INTERFACE)
add_dependencies(libreoffice_sdk uno_headers)
target_include_directories(libreoffice_sdk SYSTEM INTERFACE ${LO_GENERATED_DIR} ${LO_SDK_DIR}/include)
target_compile_definitions(libreoffice_sdk INTERFACE LINUX UNX GCC CPPU_ENV=gcc3)
target_link_directories(libreoffice_sdk INTERFACE ${LO_SDK_DIR}/lib)
target_link_libraries(libreoffice_sdk INTERFACE uno_cppuhelpergcc3 uno_cppu uno_salhelpergcc3 uno_sal)
